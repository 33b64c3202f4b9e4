package dev.heng.adapter.in.web;

import dev.heng.domain.scoring.ConfigProblem;
import dev.heng.domain.scoring.DifficultyDimension;
import dev.heng.domain.scoring.DifficultySettings;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.MetricSetting;
import dev.heng.domain.scoring.Normalisation;
import dev.heng.domain.scoring.QualitySettings;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.UrgentTier;
import dev.heng.domain.scoring.WorkloadSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the API form of a scoring configuration. Reading names every field it cannot use
 * (unknown fields, metrics and dimensions, misspelt modes); the configuration's own rules (weights
 * summing to 100, ranges) are checked by the domain afterwards.
 */
@Component
class ScoringConfigCodec {

  private final ObjectReader reader;

  ScoringConfigCodec(JsonMapper json) {
    this.reader =
        json.readerFor(ScoringConfigDto.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** What reading a configuration body gave. */
  sealed interface Decoded {

    /** A configuration, not yet checked against its rules. */
    record Config(ScoringConfig config) implements Decoded {}

    /** Fields that could not be read; nothing to check. */
    record Unreadable(List<ConfigProblem> problems) implements Decoded {}
  }

  Decoded read(String body) {
    ScoringConfigDto dto;
    try {
      dto = reader.readValue(body);
    } catch (JacksonException e) {
      String field = JsonErrors.field(e);
      return new Decoded.Unreadable(
          List.of(new ConfigProblem(field == null ? "body" : field, JsonErrors.reason(e))));
    }
    if (dto == null) {
      return new Decoded.Unreadable(List.of(new ConfigProblem("body", "must be a JSON object")));
    }
    List<ConfigProblem> problems = new ArrayList<>();
    ScoringConfig defaults = ScoringConfig.defaults();
    ScoringConfig config =
        new ScoringConfig(
            difficulty(dto.difficulty(), defaults.difficulty(), problems),
            workload(dto.workload(), defaults.workload(), problems),
            quality(dto.quality(), defaults.quality()),
            dto.metrics() == null ? defaults.metrics() : metrics(dto.metrics(), problems),
            or(dto.teamBonusPoints(), defaults.teamBonusPoints()));
    return problems.isEmpty() ? new Decoded.Config(config) : new Decoded.Unreadable(problems);
  }

  ScoringConfigDto write(ScoringConfig config) {
    Map<String, Double> weights = new LinkedHashMap<>();
    config.difficulty().weights().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(weight -> weights.put(weight.getKey().key(), weight.getValue()));
    WorkloadSettings workload = config.workload();
    QualitySettings quality = config.quality();
    return new ScoringConfigDto(
        new ScoringConfigDto.DifficultyDto(
            key(config.difficulty().source()),
            weights,
            config.difficulty().historyDays(),
            config.difficulty().shrinkageTickets()),
        new ScoringConfigDto.WorkloadDto(
            workload.industryBaseline(),
            workload.industryBlend(),
            key(workload.loadBasis()),
            key(workload.difficultyBasis()),
            workload.urgentTiers().stream()
                .map(tier -> new ScoringConfigDto.UrgentTierDto(tier.withinMinutes(), tier.bonus()))
                .toList(),
            workload.urgentBonusCap()),
        new ScoringConfigDto.QualityDto(
            quality.shrinkageTickets(), quality.adjustForLoad(), quality.intervalLevel()),
        config.metrics().stream()
            .map(
                setting ->
                    new ScoringConfigDto.MetricDto(
                        setting.metric().key(),
                        setting.weight(),
                        new ScoringConfigDto.NormalisationDto(
                            key(setting.normalisation().mode()),
                            setting.normalisation().floor(),
                            setting.normalisation().target())))
            .toList(),
        config.teamBonusPoints());
  }

  private static DifficultySettings difficulty(
      ScoringConfigDto.DifficultyDto dto, DifficultySettings defaults, List<ConfigProblem> out) {
    if (dto == null) {
      return defaults;
    }
    Map<DifficultyDimension, Double> weights = new EnumMap<>(DifficultyDimension.class);
    if (dto.weights() != null) {
      for (Map.Entry<String, Double> weight : dto.weights().entrySet()) {
        DifficultyDimension dimension =
            known(
                "difficulty.weights." + weight.getKey(),
                weight.getKey(),
                DifficultyDimension::ofKey,
                out);
        if (dimension != null) {
          weights.put(dimension, weight.getValue() == null ? Double.NaN : weight.getValue());
        }
      }
    }
    DifficultySettings.WeightSource source =
        dto.source() == null
            ? defaults.source()
            : constant(
                "difficulty.source", dto.source(), DifficultySettings.WeightSource.class, out);
    return new DifficultySettings(
        source == null ? defaults.source() : source,
        weights,
        or(dto.historyDays(), defaults.historyDays()),
        or(dto.shrinkageTickets(), defaults.shrinkageTickets()));
  }

  private static WorkloadSettings workload(
      ScoringConfigDto.WorkloadDto dto, WorkloadSettings defaults, List<ConfigProblem> out) {
    if (dto == null) {
      return defaults;
    }
    WorkloadSettings.LoadBasis loadBasis =
        dto.loadBasis() == null
            ? defaults.loadBasis()
            : constant(
                "workload.loadBasis", dto.loadBasis(), WorkloadSettings.LoadBasis.class, out);
    WorkloadSettings.DifficultyBasis difficultyBasis =
        dto.difficultyBasis() == null
            ? defaults.difficultyBasis()
            : constant(
                "workload.difficultyBasis",
                dto.difficultyBasis(),
                WorkloadSettings.DifficultyBasis.class,
                out);
    List<UrgentTier> tiers = defaults.urgentTiers();
    if (dto.urgentTiers() != null) {
      tiers = new ArrayList<>();
      for (int i = 0; i < dto.urgentTiers().size(); i++) {
        ScoringConfigDto.UrgentTierDto tier = dto.urgentTiers().get(i);
        String field = "workload.urgentTiers[" + i + "]";
        if (tier == null || tier.withinMinutes() == null || tier.bonus() == null) {
          out.add(new ConfigProblem(field, "needs withinMinutes and bonus"));
          continue;
        }
        tiers.add(new UrgentTier(tier.withinMinutes(), tier.bonus()));
      }
    }
    return new WorkloadSettings(
        or(dto.industryBaseline(), defaults.industryBaseline()),
        or(dto.industryBlend(), defaults.industryBlend()),
        loadBasis == null ? defaults.loadBasis() : loadBasis,
        difficultyBasis == null ? defaults.difficultyBasis() : difficultyBasis,
        tiers,
        or(dto.urgentBonusCap(), defaults.urgentBonusCap()));
  }

  private static QualitySettings quality(
      ScoringConfigDto.QualityDto dto, QualitySettings defaults) {
    if (dto == null) {
      return defaults;
    }
    return new QualitySettings(
        or(dto.shrinkageTickets(), defaults.shrinkageTickets()),
        dto.adjustForLoad() == null ? defaults.adjustForLoad() : dto.adjustForLoad(),
        or(dto.intervalLevel(), defaults.intervalLevel()));
  }

  private static List<MetricSetting> metrics(
      List<ScoringConfigDto.MetricDto> dtos, List<ConfigProblem> out) {
    List<MetricSetting> settings = new ArrayList<>();
    for (int i = 0; i < dtos.size(); i++) {
      ScoringConfigDto.MetricDto dto = dtos.get(i);
      String field = "metrics[" + i + "]";
      if (dto == null || dto.metric() == null) {
        out.add(new ConfigProblem(field + ".metric", "is required"));
        continue;
      }
      Metric metric = known(field + ".metric", dto.metric(), Metric::ofKey, out);
      if (dto.weight() == null) {
        out.add(new ConfigProblem(field + ".weight", "is required"));
      }
      Normalisation normalisation =
          normalisation(field + ".normalisation", dto.normalisation(), out);
      if (metric != null && dto.weight() != null && normalisation != null) {
        settings.add(new MetricSetting(metric, dto.weight(), normalisation));
      }
    }
    return settings;
  }

  private static Normalisation normalisation(
      String field, ScoringConfigDto.NormalisationDto dto, List<ConfigProblem> out) {
    if (dto == null || dto.mode() == null) {
      return Normalisation.peers();
    }
    Normalisation.Mode mode = constant(field + ".mode", dto.mode(), Normalisation.Mode.class, out);
    return mode == null ? null : new Normalisation(mode, dto.floor(), dto.target());
  }

  private static <T> T known(
      String field, String key, Function<String, T> lookup, List<ConfigProblem> out) {
    try {
      return lookup.apply(key);
    } catch (IllegalArgumentException e) {
      out.add(new ConfigProblem(field, e.getMessage()));
      return null;
    }
  }

  private static <E extends Enum<E>> E constant(
      String field, String text, Class<E> type, List<ConfigProblem> out) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(key(constant));
    }
    out.add(
        new ConfigProblem(
            field, "must be one of " + String.join(", ", names) + ", was '" + text + "'"));
    return null;
  }

  private static String key(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  private static double or(Double value, double fallback) {
    return value == null ? fallback : value;
  }

  private static int or(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
