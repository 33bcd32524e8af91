import { userInfo } from 'node:os';

/** Who is acting: the OS user until KYC Desk has accounts of its own. */
export function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}
