export { EditEntryPage, NewEntryPage } from './EntryFormPage';
export { EntryPage } from './EntryPage';
export { LibraryPage } from './LibraryPage';
