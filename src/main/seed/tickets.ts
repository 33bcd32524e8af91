import type { TicketMessageKind } from '../../shared/tickets/statuses';
import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { insertTicket, threadState, type NewTicketMessage } from '../tickets/insert';
import { ActivityPart, scrambledReference, type SeedSubject } from './picker';

/** A subject and how the conversation about it goes. */
const topics: readonly { subject: string; customer: string[]; staff: string[]; note: string }[] = [
  {
    subject: 'Payment sent but exchange still awaiting payment',
    customer: [
      'I sent the payment an hour ago but the exchange still says awaiting payment.',
      'Here is the transaction hash again, please check.',
    ],
    staff: [
      'Thank you, we see the transaction. It needs two more confirmations, then the exchange moves on.',
      'The payment is confirmed and the exchange is being processed now.',
    ],
    note: 'Confirmations are slow on the network today, several tickets about it.',
  },
  {
    subject: 'Which documents do I need for verification?',
    customer: ['What do I need to upload to get verified?', 'Is a driving licence enough?'],
    staff: [
      'Please upload an identity document, a selfie holding it, and a proof of address not older than three months.',
      'A driving licence is accepted as the identity document.',
    ],
    note: 'Customer asked before, pointed to the help page.',
  },
  {
    subject: 'Wrong receiving wallet entered',
    customer: ['I made a mistake in my wallet address, can you change it before the payout?'],
    staff: ['We have put the exchange on hold. Please confirm the new address from your registered email.'],
    note: 'Check the new address belongs to the customer before releasing.',
  },
  {
    subject: 'Refund for a cancelled exchange',
    customer: ['My exchange was cancelled, when do I get my money back?', 'Still nothing on my card.'],
    staff: ['The refund was sent today; your bank may take 3-5 working days to show it.'],
    note: 'Refund reference attached in the payment system.',
  },
  {
    subject: 'Referral bonus not credited',
    customer: ['My friend signed up with my link but I did not get the bonus.'],
    staff: ['The bonus is credited once your friend completes their first exchange.'],
    note: 'Referral exists, friend has no completed exchange yet.',
  },
  {
    subject: 'Cannot sign in after changing phone',
    customer: ['I changed my phone and the sign-in code does not arrive.'],
    staff: ['We have reset the second factor. Please sign in and set it up on the new phone.'],
    note: 'Identity confirmed by a video call before the reset.',
  },
];
/** Why staff closed a ticket. */
const closeReasons = ['Resolved', 'Resolved, confirmed by the customer', 'No reply from the customer for 7 days'];
const dayMs = 86_400_000;
const hourMs = 3_600_000;

const statements = preparedPerConnection((db) => ({
  last: db.$client.prepare<[], number>('SELECT coalesce(max(id), 0) FROM tickets').pluck(),
}));

/**
 * Support tickets of some customers, each a thread that takes turns: the customer writes, staff
 * reply (now and then with an internal note first). The last turn gives the status: a customer's
 * unanswered message keeps it open, a staff reply makes it answered, and older threads are closed.
 */
export class TicketMaker extends ActivityPart {
  private serial = 0;

  add(tx: WritableDB, { id: customerId, joinedMs }: SeedSubject): void {
    const p = this.picker;
    if (!p.chance(0.12)) return;
    // A database seeded again goes on after its tickets, so references stay unique.
    this.serial ||= statements(tx).last.get() ?? 0;
    for (let n = p.chance(0.25) ? 2 : 1; n > 0; n -= 1) this.ticket(tx, customerId, joinedMs);
  }

  private thread(topic: (typeof topics)[number], startMs: number, recent: boolean): NewTicketMessage[] {
    const p = this.picker;
    const messages: NewTicketMessage[] = [];
    let at = startMs;
    const say = (kind: TicketMessageKind, body: string) => {
      messages.push({
        kind,
        body,
        at: new Date(Math.min(this.now, at)).toISOString(),
        actor: kind === 'customer' ? null : this.actor,
      });
      at += (0.2 + p.random() * 10) * hourMs;
    };
    // Turns: customer, staff, customer, ... ; a recent thread may stop on either side.
    const turns = p.int(1, recent ? 4 : 3) * 2 - (recent && p.chance(0.5) ? 1 : 0);
    for (let turn = 0; turn < turns; turn += 1) {
      const step = Math.floor(turn / 2);
      if (turn % 2 === 0) say('customer', topic.customer[step % topic.customer.length] as string);
      else {
        if (p.chance(0.3)) say('internal_note', topic.note);
        say('staff_reply', topic.staff[step % topic.staff.length] as string);
      }
    }
    return messages;
  }

  private ticket(tx: WritableDB, customerId: number, joinedMs: number): void {
    const p = this.picker;
    const topic = p.pick(topics);
    const startMs = Date.parse(p.between(Math.max(joinedMs, this.now - 240 * dayMs), this.now - hourMs));
    const recent = this.now - startMs < 30 * dayMs;
    const messages = this.thread(topic, startMs, recent);
    const last = Date.parse((messages.at(-1) as NewTicketMessage).at);
    // Older threads are done; a recent one staff answered is sometimes closed already.
    const closed = !recent || (threadState(messages).status === 'answered' && p.chance(0.2));
    this.serial += 1;
    insertTicket(tx, {
      reference: scrambledReference('TK-', this.serial),
      customerId,
      subject: topic.subject,
      messages,
      closed: closed
        ? {
            at: new Date(Math.min(this.now, last + p.random() * 3 * dayMs)).toISOString(),
            by: this.actor,
            reason: p.pick(closeReasons),
          }
        : undefined,
    });
  }
}
