export { IncidentListPage } from './IncidentListPage';
export { IncidentPage } from './IncidentPage';
export { ReportPage } from './ReportPage';
