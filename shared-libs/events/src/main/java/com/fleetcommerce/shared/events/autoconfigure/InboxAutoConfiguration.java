package com.fleetcommerce.shared.events.autoconfigure;

import javax.sql.DataSource;

import com.fleetcommerce.shared.events.inbox.Inbox;
import com.fleetcommerce.shared.events.inbox.InboxCleanup;
import com.fleetcommerce.shared.events.inbox.InboxProperties;
import com.fleetcommerce.shared.events.support.PeriodicTask;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The consumer inbox: active with a DataSource and a transaction manager. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"
})
@ConditionalOnClass({JdbcTemplate.class, PlatformTransactionManager.class})
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
@ConditionalOnBooleanProperty(name = "platform.inbox.enabled", matchIfMissing = true)
@EnableConfigurationProperties(InboxProperties.class)
public class InboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Inbox inbox(DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new Inbox(new JdbcTemplate(dataSource), new TransactionTemplate(transactionManager));
    }

    @Bean
    @ConditionalOnMissingBean
    InboxCleanup inboxCleanup(DataSource dataSource, InboxProperties properties) {
        return new InboxCleanup(dataSource, properties.cleanup().retention(), properties.cleanup().batchSize());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "platform.inbox.cleanup.enabled", matchIfMissing = true)
    PeriodicTask inboxCleanupTask(InboxCleanup cleanup, InboxProperties properties) {
        return new PeriodicTask("inbox-cleanup", properties.cleanup().interval(), properties.cleanup().interval(),
                cleanup::run);
    }
}
