/** A review's moderation (ACTIVITY.md): pending until a member of staff approves (public) or hides it. */
export const reviewStatuses = ['pending', 'approved', 'hidden'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const reviewStatusLabels: Record<ReviewStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  hidden: 'Hidden',
};

/** What a moderator decides: hiding needs a reason, approving may carry one. */
export const reviewDecisions = ['approved', 'hidden'] as const satisfies readonly ReviewStatus[];

/** Who wrote the review down: the customer on the platform, or staff by hand (a review sent by email). */
export const reviewSources = ['customer', 'staff'] as const;
export type ReviewSource = (typeof reviewSources)[number];

export const ratings = [1, 2, 3, 4, 5] as const;
