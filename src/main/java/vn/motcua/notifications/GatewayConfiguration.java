package vn.motcua.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import vn.motcua.shared.VietnameseMessages;

/**
 * The channels' gateways, each only when it is configured: SMS with {@code MOTCUA_SMS_URL}, ZNS with
 * {@code MOTCUA_ZNS_URL}, e-mail with {@code SPRING_MAIL_HOST} (Spring Boot then makes the {@link JavaMailSender}).
 */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

	@Bean
	@ConditionalOnExpression("'${motcua.sms.url:}' != ''")
	SmsGateway smsGateway(GatewaySettings settings) {
		return new SmsGateway(settings.sms(), settings.gatewayTimeout());
	}

	@Bean
	@ConditionalOnExpression("'${motcua.zns.url:}' != ''")
	ZaloGateway zaloGateway(GatewaySettings settings) {
		return new ZaloGateway(settings.zns(), settings.gatewayTimeout());
	}

	@Bean
	@ConditionalOnExpression("'${spring.mail.host:}' != ''")
	MailGateway mailGateway(ObjectProvider<JavaMailSender> mail, GatewaySettings settings,
			MessageSource messages) {
		return new MailGateway(mail.getObject(), settings.mail().from(), new VietnameseMessages(messages));
	}
}
