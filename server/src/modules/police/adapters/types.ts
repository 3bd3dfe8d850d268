import type { PoliceReportPayload } from '@vaksam/domain/police/payload';

/** One police report on its way out: the payload as sent and its PDF. */
export type PoliceDelivery = {
  /** Ours, stable across retries, so an intake can recognise a repeat. */
  deliveryId: string;
  payload: PoliceReportPayload;
  pdf: Buffer;
};

/**
 * What the intake answered. A reference is the intake's id for the delivery; a K-nummer means the police
 * registered the report at once, which makes it confirmed.
 */
export type DeliveryReceipt = { reference: string | null; kNumber: string | null };

/** The contract every intake meets: deliver once, or throw a PoliceDeliveryError saying whether to retry. */
export type PoliceAdapter = {
  kind: 'email' | 'http';
  deliver(delivery: PoliceDelivery): Promise<DeliveryReceipt>;
};

/** `permanent`: the intake refused this report, so sending it again as it is cannot help. */
export class PoliceDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'PoliceDeliveryError';
  }
}
