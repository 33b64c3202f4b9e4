package dev.heng.domain.webhook;

/** How one delivery attempt ended. */
public enum DeliveryOutcome {
  /** The receiver answered 2xx; the delivery is done. */
  DELIVERED,
  /** It failed and will be tried again. */
  RETRY,
  /** It failed for the last time, or its endpoint is gone; the delivery is given up. */
  FAILED
}
