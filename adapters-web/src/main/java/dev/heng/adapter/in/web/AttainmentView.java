package dev.heng.adapter.in.web;

import dev.heng.application.port.in.AttainmentSeries;
import dev.heng.domain.attainment.AttainmentHour;
import dev.heng.domain.attainment.DimensionHour;
import dev.heng.domain.attainment.MetricHour;
import java.time.Instant;
import java.util.List;

/** A subject's hourly attainment as the API shows it. */
record AttainmentView(
    String subjectType, String subjectId, Instant from, Instant to, List<HourView> hours) {

  /** One hour of the subject. */
  record HourView(Instant hourStart, List<DimensionView> dimensions, List<MetricView> metrics) {}

  /** A dimension's attainment 0..100 in the hour, and the tickets it rests on. */
  record DimensionView(String dimension, double attainment, int volume) {}

  /** An hourly metric: its value, the tickets it rests on, and its normalised 0..100 value. */
  record MetricView(
      String metric,
      String dimension,
      double value,
      int volume,
      double normalised,
      List<String> tickets) {}

  static AttainmentView of(AttainmentSeries series) {
    return new AttainmentView(
        series.subjectType().key(),
        series.subjectId(),
        series.from(),
        series.to(),
        series.hours().stream().map(AttainmentView::hour).toList());
  }

  private static HourView hour(AttainmentHour hour) {
    return new HourView(
        hour.hourStart(),
        hour.dimensions().stream().map(AttainmentView::dimension).toList(),
        hour.metrics().stream().map(AttainmentView::metric).toList());
  }

  private static DimensionView dimension(DimensionHour dimension) {
    return new DimensionView(
        dimension.dimension().key(), dimension.attainment(), dimension.volume());
  }

  private static MetricView metric(MetricHour metric) {
    return new MetricView(
        metric.metric().key(),
        metric.metric().dimension().key(),
        metric.value(),
        metric.volume(),
        metric.normalised(),
        metric.tickets());
  }
}
