export { MyReportPage } from './MyReportPage';
export { MyReportsPage } from './MyReportsPage';
export { ReportInvoicePage } from './ReportInvoicePage';
export { ReviewQueuePage } from './ReviewQueuePage';
export { ReviewReportPage } from './ReviewReportPage';
