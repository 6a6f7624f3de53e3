package vn.motcua.shared;

import java.time.Duration;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * How the modules' events reach their listeners: Spring Modulith's event publication registry is the outbox. A
 * publication is written in the transaction that changed the dossier, each {@code @ApplicationModuleListener} runs
 * after the commit on a thread of its own, in a transaction of its own, and marks it completed; one that failed, or
 * was cut short by a crash, stays incomplete. Those are delivered again at start-up
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}) and, while running, once marked failed by
 * the staleness check ({@code spring.modulith.events.staleness.*}), every minute here. Delivery is at least once:
 * listeners are written so that a second delivery changes nothing (docs/architecture.md, "Events").
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class EventDelivery {

	private final IncompleteEventPublications incomplete;

	EventDelivery(IncompleteEventPublications incomplete) {
		this.incomplete = incomplete;
	}

	/** Delivers again the publications whose listener failed (or was marked failed, stale), a minute after at least. */
	@Scheduled(fixedDelayString = "${motcua.events.retry-every:PT1M}", initialDelayString = "${motcua.events.retry-every:PT1M}")
	void retryFailed() {
		incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(Duration.ofMinutes(1))
			.withFilter(p -> p.getStatus() == EventPublication.Status.FAILED));
	}
}
