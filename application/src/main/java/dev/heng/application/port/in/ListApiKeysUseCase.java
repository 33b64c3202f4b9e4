package dev.heng.application.port.in;

import dev.heng.domain.access.ApiKey;
import java.util.List;
import reactor.core.publisher.Mono;

/** Lists the API keys of a tenant, without their secrets. */
public interface ListApiKeysUseCase {

  /**
   * Lists the keys, revoked ones included, oldest first.
   *
   * @return a mono of the keys, or an empty mono when the caller may not manage keys
   */
  Mono<List<ApiKey>> list(ListApiKeysQuery query);
}
