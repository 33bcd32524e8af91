/** Every table, one file per feature. drizzle-kit reads this folder to generate migrations. */
export * from './audit';
export * from './customers';
export * from './document-readings';
export * from './imports';
export * from './exchanges';
export * from './kyc';
export * from './ledger';
export * from './reviews';
export * from './reserve-requests';
export * from './tickets';
export * from './sessions';
