package dev.heng.bootstrap;

import dev.heng.adapter.out.webhook.WebhookSenderAdapter;
import dev.heng.application.port.in.CatchUpAttainmentUseCase;
import dev.heng.application.port.in.ChangeAlertStatusUseCase;
import dev.heng.application.port.in.CheckCapacityUseCase;
import dev.heng.application.port.in.ComputeAttainmentUseCase;
import dev.heng.application.port.in.DeliverWebhooksUseCase;
import dev.heng.application.port.in.FindAlertSettingsUseCase;
import dev.heng.application.port.in.FindAttainmentUseCase;
import dev.heng.application.port.in.ListAlertsUseCase;
import dev.heng.application.port.in.ListWebhookDeliveriesUseCase;
import dev.heng.application.port.in.ListWebhooksUseCase;
import dev.heng.application.port.in.RegisterWebhookUseCase;
import dev.heng.application.port.in.RemoveWebhookUseCase;
import dev.heng.application.port.in.RunAttainmentUseCase;
import dev.heng.application.port.in.StreamAlertsUseCase;
import dev.heng.application.port.in.UpdateAlertSettingsUseCase;
import dev.heng.application.port.out.AlertSettingsStorePort;
import dev.heng.application.port.out.AlertStorePort;
import dev.heng.application.port.out.AnomalySettingsStorePort;
import dev.heng.application.port.out.AttainmentStorePort;
import dev.heng.application.port.out.LoadHourlyTicketsPort;
import dev.heng.application.port.out.LoadPoolLoadsPort;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.PublishAlertEventsPort;
import dev.heng.application.port.out.ScoringConfigStorePort;
import dev.heng.application.port.out.SendWebhookPort;
import dev.heng.application.port.out.TenantStorePort;
import dev.heng.application.port.out.WatchAlertEventsPort;
import dev.heng.application.port.out.WebhookEndpointStorePort;
import dev.heng.application.port.out.WebhookOutboxPort;
import dev.heng.application.service.CatchUpAttainmentService;
import dev.heng.application.service.ChangeAlertStatusService;
import dev.heng.application.service.CheckCapacityService;
import dev.heng.application.service.DeliverWebhooksService;
import dev.heng.application.service.FindAlertSettingsService;
import dev.heng.application.service.FindAttainmentService;
import dev.heng.application.service.ListAlertsService;
import dev.heng.application.service.ListWebhookDeliveriesService;
import dev.heng.application.service.ListWebhooksService;
import dev.heng.application.service.RegisterWebhookService;
import dev.heng.application.service.RemoveWebhookService;
import dev.heng.application.service.RunAttainmentService;
import dev.heng.application.service.StreamAlertsService;
import dev.heng.application.service.UpdateAlertSettingsService;
import dev.heng.domain.webhook.RetrySchedule;
import dev.heng.domain.webhook.WebhookUrlPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Wires capacity and anomaly alerts, hourly attainment, the live stream and webhooks. */
@Configuration(proxyBeanMethods = false)
class AlertConfiguration {

  private static final Logger log = LoggerFactory.getLogger(AlertConfiguration.class);

  @Bean
  CheckCapacityUseCase checkCapacity(
      AlertSettingsStorePort settings,
      LoadPoolLoadsPort pools,
      AlertStorePort alerts,
      PublishAlertEventsPort live,
      Clock clock) {
    return new CheckCapacityService(settings, pools, alerts, live, clock);
  }

  @Bean
  ListAlertsUseCase listAlerts(AlertStorePort alerts) {
    return new ListAlertsService(alerts);
  }

  @Bean
  ChangeAlertStatusUseCase changeAlertStatus(
      AlertStorePort alerts, PublishAlertEventsPort live, Clock clock) {
    return new ChangeAlertStatusService(alerts, live, clock);
  }

  @Bean
  StreamAlertsUseCase streamAlerts(WatchAlertEventsPort events) {
    return new StreamAlertsService(events);
  }

  @Bean
  FindAlertSettingsUseCase findAlertSettings(
      AlertSettingsStorePort settings, AnomalySettingsStorePort anomaly) {
    return new FindAlertSettingsService(settings, anomaly);
  }

  @Bean
  UpdateAlertSettingsUseCase updateAlertSettings(
      AlertSettingsStorePort settings,
      AnomalySettingsStorePort anomaly,
      CheckCapacityUseCase checkCapacity,
      Clock clock) {
    return new UpdateAlertSettingsService(settings, anomaly, checkCapacity, clock);
  }

  @Bean
  AttainmentPorts attainmentPorts(
      LoadHourlyTicketsPort tickets,
      ScoringConfigStorePort configs,
      AttainmentStorePort attainment,
      AnomalySettingsStorePort anomaly,
      AlertStorePort alerts,
      PublishAlertEventsPort live) {
    return new AttainmentPorts(tickets, configs, attainment, anomaly, alerts, live);
  }

  /**
   * Hourly attainment with its heavy steps on the scoring scheduler; a tenant's first anomaly check
   * starts {@code heng.attainment.lookback} before the current hour.
   */
  @Bean
  ComputeAttainmentUseCase computeAttainment(
      AttainmentPorts ports,
      Scheduler scoringScheduler,
      @Value("${heng.attainment.lookback:PT6H}") Duration lookback,
      Clock clock) {
    return ports.compute(scoringScheduler, lookback, clock);
  }

  @Bean
  RunAttainmentUseCase runAttainment(ComputeAttainmentUseCase compute) {
    return new RunAttainmentService(compute);
  }

  @Bean
  CatchUpAttainmentUseCase catchUpAttainment(
      TenantStorePort tenants,
      AttainmentStorePort attainment,
      ComputeAttainmentUseCase compute,
      Clock clock) {
    return new CatchUpAttainmentService(tenants, attainment, compute, clock);
  }

  @Bean
  FindAttainmentUseCase findAttainment(LoadRecordsPort records, AttainmentStorePort attainment) {
    return new FindAttainmentService(records, attainment);
  }

  /**
   * Which webhook URLs are accepted: https to public addresses unless {@code
   * heng.webhooks.allow-http} or {@code heng.webhooks.allow-private-addresses} say otherwise.
   */
  @Bean
  WebhookUrlPolicy webhookUrlPolicy(
      @Value("${heng.webhooks.allow-http:false}") boolean allowHttp,
      @Value("${heng.webhooks.allow-private-addresses:false}") boolean allowPrivate) {
    if (allowHttp || allowPrivate) {
      log.warn(
          "Webhook URL policy relaxed: http {}, private addresses {}",
          allowHttp ? "allowed" : "refused",
          allowPrivate ? "allowed" : "refused");
    }
    return new WebhookUrlPolicy(allowHttp, allowPrivate);
  }

  @Bean
  RegisterWebhookUseCase registerWebhook(
      WebhookEndpointStorePort endpoints,
      WebhookUrlPolicy policy,
      SecureRandom random,
      Clock clock) {
    return new RegisterWebhookService(endpoints, policy, random, clock);
  }

  @Bean
  ListWebhooksUseCase listWebhooks(WebhookEndpointStorePort endpoints) {
    return new ListWebhooksService(endpoints);
  }

  @Bean
  RemoveWebhookUseCase removeWebhook(WebhookEndpointStorePort endpoints, Clock clock) {
    return new RemoveWebhookService(endpoints, clock);
  }

  @Bean
  ListWebhookDeliveriesUseCase listWebhookDeliveries(
      WebhookEndpointStorePort endpoints, WebhookOutboxPort outbox) {
    return new ListWebhookDeliveriesService(endpoints, outbox);
  }

  /** Where webhook host names are resolved: DNS lookups block. */
  @Bean(destroyMethod = "dispose")
  Scheduler webhookResolverScheduler() {
    return Schedulers.newBoundedElastic(4, 256, "heng-webhook-dns");
  }

  @Bean
  SendWebhookPort sendWebhook(
      WebhookUrlPolicy policy,
      Scheduler webhookResolverScheduler,
      @Value("${heng.webhooks.timeout:10s}") Duration timeout,
      Clock clock) {
    return WebhookSenderAdapter.create(policy, webhookResolverScheduler, timeout, clock);
  }

  /** The lease outlasts the sender's time-out twice over, so a slow post is never sent twice. */
  @Bean
  DeliverWebhooksUseCase deliverWebhooks(
      WebhookOutboxPort outbox,
      SendWebhookPort sender,
      @Value("${heng.webhooks.timeout:10s}") Duration timeout,
      Clock clock) {
    return new DeliverWebhooksService(
        outbox, sender, RetrySchedule.DEFAULTS, timeout.multipliedBy(2).plusSeconds(5), clock);
  }

  @Bean
  @ConditionalOnProperty(
      name = "heng.webhooks.delivery",
      havingValue = "true",
      matchIfMissing = true)
  WebhookDeliveryWorker webhookDeliveryWorker(
      DeliverWebhooksUseCase deliver,
      @Value("${heng.webhooks.poll-interval:2s}") Duration pollInterval,
      Scheduler webhookWorkerScheduler) {
    return new WebhookDeliveryWorker(deliver, pollInterval, 50, webhookWorkerScheduler);
  }

  /** The one thread webhook delivery rounds start on. */
  @Bean(destroyMethod = "dispose")
  Scheduler webhookWorkerScheduler() {
    return Schedulers.newSingle("heng-webhook-worker");
  }
}
