import path from 'node:path';
import { AttachmentStorage } from '../../attachments/storage';

const REPORT_KEY = /^fraud-reports\/[0-9a-f-]{36}\/[0-9a-f-]{36}(-thumb)?\.(jpg|png|webp|pdf)$/;

/** A report's invoice files, beside the organisations' and groups' folders: `fraud-reports/<reportId>`. */
export const reportFolder = (reportId: string) => `fraud-reports/${reportId}`;

/**
 * The attachments directory as the reports' files use it. A report belongs to no organisation or group, so its
 * files get a folder of their own, and only keys of that folder are let through.
 */
export class FraudReportStorage extends AttachmentStorage {
  override pathOf(key: string): string {
    if (!REPORT_KEY.test(key)) throw new Error(`not a fraud report file key: ${key}`);
    return path.join(this.root, key);
  }
}
