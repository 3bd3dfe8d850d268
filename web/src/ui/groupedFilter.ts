import {
  type ComboboxItem,
  type ComboboxParsedItem,
  isOptionsGroup,
  type OptionsFilter,
} from '@mantine/core';

function normalise(text: string): string {
  return text.toLocaleLowerCase('sv').normalize('NFC');
}

/**
 * Filters a grouped option list: a search matching the group's name (e.g. a county) keeps the whole
 * group, otherwise options are kept by their own label.
 */
export const groupedFilter: OptionsFilter = ({ options, search }) => {
  const query = normalise(search.trim());
  if (!query) return options;
  const matches = (item: ComboboxItem) => normalise(item.label).includes(query);
  const result: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (isOptionsGroup(option)) {
      if (normalise(option.group).includes(query)) result.push(option);
      else {
        const items = option.items.filter(matches);
        if (items.length > 0) result.push({ ...option, items });
      }
    } else if (matches(option)) {
      result.push(option);
    }
  }
  return result;
};
