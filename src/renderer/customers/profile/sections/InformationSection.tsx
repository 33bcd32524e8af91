import { FieldList } from './FieldList';
import { ProfileSection, type SectionLines } from './ProfileSection';
import { ProfileValue } from './ProfileValue';

/** Every field of the field guide that describes the person. */
export function InformationSection({ title, lines }: SectionLines) {
  return (
    <ProfileSection title={title}>
      <FieldList
        columns={2}
        fields={lines.map((line) => ({ label: line.label, value: line.text && <ProfileValue line={line} /> }))}
      />
    </ProfileSection>
  );
}
