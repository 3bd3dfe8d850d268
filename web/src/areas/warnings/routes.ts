export { AdminWarningsPage } from './AdminWarningsPage';
export { EditGroupWarningTab, NewGroupWarningTab } from './GroupWarningPages';
export { GroupWarningsTab } from './GroupWarningsTab';
export { EditPlatformWarningPage, NewPlatformWarningPage } from './PlatformWarningPages';
export { WarningPage } from './WarningPage';
export { WarningsPage } from './WarningsPage';
