package com.fleetcommerce.catalog.stock.persistence;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis is a cache here: while it is unreachable a command must fail at once (and the copy answer) rather than queue
 * until the command timeout. Lettuce keeps reconnecting in the background either way.
 */
@Configuration(proxyBeanMethods = false)
class StockRedisConfiguration {

    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }
}
