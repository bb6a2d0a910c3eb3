package dev.fleetward.findings;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The findings module keeps time-driven work of its own: expired exemptions reopen their
 * findings, and old event partitions are dropped.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FindingsConfiguration {

}
