package dev.heng.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.AnalyseMessagesCommand;
import dev.heng.application.port.in.AnalysisRound;
import dev.heng.application.port.out.AnalyzeSentimentPort;
import dev.heng.application.port.out.SentimentUnavailableException;
import dev.heng.domain.emotion.Analyser;
import dev.heng.domain.emotion.SentenceSentiment;
import dev.heng.domain.emotion.SentimentResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class AnalyseMessagesServiceTest {

  private static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");
  private static final Analyser ANALYSER = new Analyser("fake", "v1", "none");
  private static final AnalysisPolicy POLICY =
      new AnalysisPolicy(Duration.ofMinutes(2), 3, Duration.ofSeconds(10), Duration.ofMinutes(5));

  private final AtomicReference<Instant> now = new AtomicReference<>(T0);
  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }
      };
  private final InMemoryAnalysisQueuePort queue = new InMemoryAnalysisQueuePort(clock);

  @Test
  void storesTheResultOfEveryClaimedMessage() {
    queue.add("good");
    queue.add("bad");
    AnalyseMessagesService service =
        service(text -> Mono.just(scored(text.equals("good") ? 0.5 : -0.5)));

    StepVerifier.create(service.analyse(new AnalyseMessagesCommand(10)))
        .expectNext(new AnalysisRound(2, 2, 0, 0))
        .verifyComplete();

    assertThat(((SentimentResult.Scored) queue.job(1).result).score()).isEqualTo(0.5);
    assertThat(queue.job(2).state).isEqualTo("done");
  }

  @Test
  void claimsNoMoreThanTheLimit() {
    for (int i = 0; i < 5; i++) {
      queue.add("m" + i);
    }
    AnalyseMessagesService service = service(text -> Mono.just(scored(0)));

    StepVerifier.create(service.analyse(new AnalyseMessagesCommand(3)))
        .expectNext(new AnalysisRound(3, 3, 0, 0))
        .verifyComplete();
  }

  @Test
  void retriesAFailedAnalysisWithDoublingBackoffThenEndsItDead() {
    queue.add("poison");
    AnalyseMessagesService service =
        service(text -> Mono.error(new SentimentUnavailableException("model crashed", null)));

    StepVerifier.create(service.analyse(new AnalyseMessagesCommand(1)))
        .expectNext(new AnalysisRound(1, 0, 1, 0))
        .verifyComplete();
    assertThat(queue.job(1).availableAt).isEqualTo(T0.plusSeconds(10));
    now.set(T0.plusSeconds(10));
    service.analyse(new AnalyseMessagesCommand(1)).block();
    assertThat(queue.job(1).availableAt).isEqualTo(T0.plusSeconds(30));
    now.set(T0.plusSeconds(30));

    StepVerifier.create(service.analyse(new AnalyseMessagesCommand(1)))
        .expectNext(new AnalysisRound(1, 0, 0, 1))
        .verifyComplete();
    assertThat(queue.job(1).state).isEqualTo("dead");
    assertThat(queue.job(1).error).isEqualTo("SentimentUnavailableException");
  }

  @Test
  void reportsAnEmptyRoundWhenNothingIsDue() {
    AnalyseMessagesService service = service(text -> Mono.just(scored(0)));

    StepVerifier.create(service.analyse(new AnalyseMessagesCommand(5)))
        .expectNext(new AnalysisRound(0, 0, 0, 0))
        .verifyComplete();
  }

  @Test
  void capsTheBackoff() {
    assertThat(POLICY.backoff(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(POLICY.backoff(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(POLICY.backoff(40)).isEqualTo(Duration.ofMinutes(5));
  }

  private AnalyseMessagesService service(
      java.util.function.Function<String, Mono<SentimentResult>> analyse) {
    AnalyzeSentimentPort sentiment =
        new AnalyzeSentimentPort() {
          @Override
          public Analyser analyser() {
            return ANALYSER;
          }

          @Override
          public Mono<SentimentResult> analyze(String text) {
            return analyse.apply(text);
          }
        };
    return new AnalyseMessagesService(queue, sentiment, POLICY, clock);
  }

  private static SentimentResult scored(double score) {
    return new SentimentResult.Scored(
        score,
        List.of(new SentenceSentiment(0, 1, 1, List.of(0.2, 0.2, 0.2, 0.2, 0.2), score)),
        false,
        ANALYSER);
  }
}
