import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './FieldList.module.css';

export interface Field {
  label: string;
  /** null or empty text shows as a dash, so every field keeps its row. */
  value: ReactNode;
}

/** Label and value pairs, two to a line on wide screens. */
export function FieldList({ fields, columns = 1 }: { fields: Field[]; columns?: 1 | 2 }) {
  return (
    <dl className={classes.list} data-columns={columns}>
      {fields.map((field) => (
        <div key={field.label} className={classes.item}>
          <dt className={classes.label}>{field.label}</dt>
          <dd className={classes.value}>
            {field.value === null || field.value === '' ? (
              <Text span c="dimmed" size="sm">
                —
              </Text>
            ) : (
              field.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
