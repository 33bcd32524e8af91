/**
 * A customer's referral id as the platform prints it in links ("R00002S"): the customer's id in
 * base 36. One codec, both ways, so the desk never stores a second key that could disagree.
 */
export function referralCode(customerId: number): string {
  return `R${customerId.toString(36).toUpperCase().padStart(6, '0')}`;
}

export function customerIdOfReferralCode(code: string): number | null {
  const match = /^R([0-9A-Z]{1,11})$/i.exec(code.trim());
  if (!match?.[1]) return null;
  const id = parseInt(match[1], 36);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
