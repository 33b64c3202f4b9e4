package dev.heng.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTokenTest {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A preset token and its SHA-256, worked out with {@code sha256sum}. */
  private static final String PRESET = "heng-preset-admin-key-2025";

  private static final String PRESET_HASH =
      "3bcb148a6c4878295ce870531372729c1006d23972540f266ca96dc53438d630";

  @Test
  void generatesTokenOfPrefixKeyIdAndSecret() {
    ApiKeyToken token = ApiKeyToken.generate(RANDOM);

    assertThat(token.text()).matches("heng_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
    assertThat(token.keyId()).isEqualTo(token.text().substring(5, 21));
  }

  @Test
  void generatesDifferentTokensEachTime() {
    ApiKeyToken first = ApiKeyToken.generate(RANDOM);
    ApiKeyToken second = ApiKeyToken.generate(RANDOM);

    assertThat(first.text()).isNotEqualTo(second.text());
    assertThat(first.keyId()).isNotEqualTo(second.keyId());
  }

  @Test
  void hashesTheWholeTokenWithSha256() {
    ApiKeyToken token = new ApiKeyToken(PRESET);

    assertThat(token.hash()).isEqualTo(PRESET_HASH);
  }

  @Test
  void derivesKeyIdOfPresetTokenFromItsHash() {
    ApiKeyToken token = new ApiKeyToken(PRESET);

    assertThat(token.keyId()).isEqualTo(PRESET_HASH.substring(0, 16));
  }

  @Test
  void matchesOnlyItsOwnHash() {
    ApiKeyToken token = ApiKeyToken.generate(RANDOM);
    ApiKeyToken other = ApiKeyToken.generate(RANDOM);

    assertThat(token.matches(token.hash())).isTrue();
    assertThat(token.matches(other.hash())).isFalse();
    assertThat(token.matches("")).isFalse();
  }

  @Test
  void parsesWhatItGeneratedIgnoringSurroundingWhitespace() {
    ApiKeyToken token = ApiKeyToken.generate(RANDOM);

    Optional<ApiKeyToken> parsed = ApiKeyToken.parse("  " + token.text() + "\n");

    assertThat(parsed).contains(token);
    assertThat(parsed.orElseThrow().keyId()).isEqualTo(token.keyId());
  }

  @Test
  void parsesPresetTokenOfTwentyToTwoHundredVisibleCharacters() {
    assertThat(ApiKeyToken.parse("x".repeat(20))).isPresent();
    assertThat(ApiKeyToken.parse("!~".repeat(100))).isPresent();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "nineteen-characters",
        "has a space inside the token",
        "tab\tinside-the-token-text",
        "ünïcödé-is-not-visible-ascii",
      })
  void parsesNothingFromTextThatCannotBeAToken(String text) {
    assertThat(ApiKeyToken.parse(text)).isEmpty();
  }

  @Test
  void parsesNothingLongerThanTwoHundredCharacters() {
    assertThat(ApiKeyToken.parse("x".repeat(201))).isEmpty();
  }

  @Test
  void rejectsShortOrSpacedTokenOnConstruction() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ApiKeyToken("too-short"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ApiKeyToken("twenty characters or more"));
    assertThatIllegalArgumentException().isThrownBy(() -> new ApiKeyToken(null));
  }

  @Test
  void hidesTheSecretWhenPrinted() {
    ApiKeyToken issued = ApiKeyToken.generate(RANDOM);
    ApiKeyToken preset = new ApiKeyToken(PRESET);

    assertThat(issued.toString())
        .doesNotContain(issued.text().substring(22))
        .contains(issued.keyId());
    assertThat(preset.toString()).doesNotContain(PRESET).contains(preset.keyId());
  }
}
