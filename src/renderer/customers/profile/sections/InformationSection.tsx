import type { ProfileLine } from '../../../../shared/customers/profile-lines';
import { FieldList } from './FieldList';
import { ProfileSection } from './ProfileSection';
import { ProfileValue } from './ProfileValue';

/** Every field of the field guide that describes the person. */
export function InformationSection({ title, lines }: { title: string; lines: ProfileLine[] }) {
  return (
    <ProfileSection title={title}>
      <FieldList
        columns={2}
        fields={lines.map((line) => ({ label: line.label, value: line.text && <ProfileValue line={line} /> }))}
      />
    </ProfileSection>
  );
}
