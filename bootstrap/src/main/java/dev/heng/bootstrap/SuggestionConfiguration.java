package dev.heng.bootstrap;

import dev.heng.application.port.in.FindImprovementSuggestionsUseCase;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.application.port.out.LoadPeriodScorecardsPort;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.service.FindImprovementSuggestionsService;
import dev.heng.domain.suggestion.ImprovementAdvisor;
import dev.heng.domain.suggestion.SuggestionSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Wires improvement suggestions with their settings under {@code heng.suggestions}. */
@Configuration(proxyBeanMethods = false)
class SuggestionConfiguration {

  @Bean
  SuggestionSettings suggestionSettings(
      @Value("${heng.suggestions.peer-band:0.2}") double peerBand,
      @Value("${heng.suggestions.band-step:0.1}") double bandStep,
      @Value("${heng.suggestions.min-peers:5}") int minPeers,
      @Value("${heng.suggestions.min-gap:5}") double minGap,
      @Value("${heng.suggestions.training-lookback:3}") int trainingLookback,
      @Value("${heng.suggestions.max-suggestions:3}") int maxSuggestions,
      @Value("${heng.suggestions.max-items:5}") int maxItems) {
    return new SuggestionSettings(
        peerBand, bandStep, minPeers, minGap, trainingLookback, maxSuggestions, maxItems);
  }

  @Bean
  FindImprovementSuggestionsUseCase findImprovementSuggestions(
      LoadRecordsPort records,
      LoadPeriodScorecardsPort scorecards,
      @Lazy LoadKnowledgeActivityPort knowledge,
      SuggestionSettings suggestionSettings) {
    return new FindImprovementSuggestionsService(
        records, scorecards, knowledge, new ImprovementAdvisor(suggestionSettings));
  }
}
