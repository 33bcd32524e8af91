/** The details screen of one exchange. */
export function exchangePath(id: number): string {
  return `/exchanges/${id}`;
}

export const exchangesPath = '/exchanges';
