package vn.motcua.portal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Look-ups by code (dossier status, petition tracking) go through the {@link LookupLimiter}; the clean-up of
 * abandoned drafts ({@link DraftFiles#deleteAbandoned()}) runs on a schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PortalWebConfiguration implements WebMvcConfigurer {

	private final LookupLimiter limiter;

	PortalWebConfiguration(LookupLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(limiter).addPathPatterns("/public/ho-so/**", "/public/tra-cuu",
				"/public/phan-anh/theo-doi/**", "/public/kiem-tra-chu-ky");
	}
}
