import { SimpleGrid, type SimpleGridProps } from '@mantine/core';
import { customerFieldList, formSections, type FormSectionKey } from '../../../../shared/customers/field-table';
import { FieldInput } from '../FieldInput';
import { FormSection } from './FormSection';

/** How each section lays out its inputs; sections of one input show it alone. */
const grids: Partial<Record<FormSectionKey, SimpleGridProps>> = {
  identity: { cols: { base: 1, sm: 2, md: 3 }, spacing: 'sm', verticalSpacing: 'xs' },
  contact: { cols: { base: 1, sm: 2, md: 3 }, spacing: 'sm', verticalSpacing: 'xs' },
  address: { cols: { base: 1, sm: 2, md: 4 }, spacing: 'sm', verticalSpacing: 'xs' },
  postal: { cols: { base: 1, md: 2 }, spacing: 'xl' },
  commercial: { cols: { base: 1, sm: 3 }, spacing: 'sm', verticalSpacing: 'xs' },
  verification: { cols: { base: 1, sm: 2, md: 3 }, spacing: 'sm', verticalSpacing: 'sm' },
};
const firstField = customerFieldList[0]?.key;

/** One section of the customer form: the table's fields of that section, an input by kind; long text below. */
export function FieldSection({ section }: { section: FormSectionKey }) {
  const { title, hint } = formSections[section] as { title: string; hint?: string };
  const fields = customerFieldList.filter((field) => field.section === section);
  const inputs = (kind: 'wide' | 'grid') =>
    fields
      .filter((field) => (field.kind === 'longText') === (kind === 'wide'))
      .map((field) => <FieldInput key={field.key} field={field} autoFocus={field.key === firstField} />);
  const grid = grids[section];
  return (
    <FormSection title={title} hint={hint}>
      {grid ? <SimpleGrid {...grid}>{inputs('grid')}</SimpleGrid> : inputs('grid')}
      {inputs('wide')}
    </FormSection>
  );
}
