import { Group, Select, Text, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { countryList } from '../../shared/reference/countries';

const dialCodes = new Map(countryList.map((country) => [country.code, country.dialCode]));
const options: ComboboxItem[] = countryList.map((country) => ({ value: country.code, label: country.name }));

/** Matches the start of any word of the name, the ISO code, or the dial code ("+44"). */
const filterCountries: OptionsFilter = ({ options: items, search }) => {
  const query = search.trim().toLowerCase();
  if (!query) return items;
  return (items as ComboboxItem[]).filter((item) => {
    const name = item.label.toLowerCase();
    return (
      name.startsWith(query) ||
      name.includes(` ${query}`) ||
      item.value.toLowerCase() === query ||
      (query.startsWith('+') && dialCodes.get(item.value) === query)
    );
  });
};

/** Searchable list of ISO 3166 country names; the value is the alpha-2 code. */
export function CountrySelect(props: Omit<SelectProps, 'data'>) {
  return (
    <Select
      searchable
      placeholder="Search countries"
      nothingFoundMessage="No country matches"
      maxDropdownHeight={280}
      filter={filterCountries}
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
          <Text size="sm" truncate>
            {option.label}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {option.value} {dialCodes.get(option.value)}
          </Text>
        </Group>
      )}
      {...props}
      data={options}
    />
  );
}
