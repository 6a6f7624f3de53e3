package vn.motcua.nationallink;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The link's client exists only when {@code MOTCUA_DVCQG_URL} is set: without it the link is off. */
@Configuration(proxyBeanMethods = false)
class NationalLinkConfiguration {

	@Bean
	@ConditionalOnExpression("'${motcua.dvcqg.url:}' != ''")
	NationalPortalClient nationalPortalClient(NationalLinkSettings settings, MessageSource messages) {
		return new NationalPortalClient(settings, messages);
	}
}
