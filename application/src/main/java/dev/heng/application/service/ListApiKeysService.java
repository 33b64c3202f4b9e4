package dev.heng.application.service;

import dev.heng.application.port.in.ListApiKeysQuery;
import dev.heng.application.port.in.ListApiKeysUseCase;
import dev.heng.application.port.out.ApiKeyStorePort;
import dev.heng.domain.access.ApiKey;
import java.util.List;
import reactor.core.publisher.Mono;

/** Lists the keys of the caller's tenant for its admins. */
public final class ListApiKeysService implements ListApiKeysUseCase {

  private final ApiKeyStorePort keys;

  public ListApiKeysService(ApiKeyStorePort keys) {
    this.keys = keys;
  }

  @Override
  public Mono<List<ApiKey>> list(ListApiKeysQuery query) {
    if (!query.caller().role().mayManageKeys()) {
      return Mono.empty();
    }
    return keys.listByTenant(query.caller().tenantId()).collectList();
  }
}
