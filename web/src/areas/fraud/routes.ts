export { AdvicePage } from './AdvicePage';
export { CriteriaPage } from './CriteriaPage';
export { EditFraudEntryPage, NewFraudEntryPage } from './EntryFormPage';
export { FraudEntryPage } from './FraudEntryPage';
export { FraudListPage } from './FraudListPage';
export { TopListPage } from './TopListPage';
