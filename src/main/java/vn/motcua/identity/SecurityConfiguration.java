package vn.motcua.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.AgencyAccess;

/**
 * Two doors: officers sign in with a form (CSRF on, session with a time-out, ended at once when the account changes);
 * service accounts call {@code /api/**} with HTTP Basic and get 401/403 as JSON, or 429 with {@code Retry-After} after
 * too many failures. Public pages ({@code /public/**}) need no sign-in. Refused access is audited.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuditTrail audit, MessageSource messages) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, exception) -> unauthorized(response, exception,
				messages);
		return http.securityMatcher("/api/**")
			// the SMS gateway's delivery receipts carry the gateway's own key, checked by notifications.ReceiptController
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/notifications/receipts")
				.permitAll().anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("MotCua").authenticationEntryPoint(unauthorized))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler((request, response, denied) -> {
					audit.record("ACCESS_DENIED", null, request.getMethod() + " " + request.getRequestURI(), null, null);
					json(response, 403, "forbidden", say(messages, "security.api.forbidden"));
				}))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, Officers officers, AuditTrail audit) throws Exception {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return http
			.addFilterAfter(new SessionFollowsAccount(officers, audit), SecurityContextHolderFilter.class)
			.exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
				audit.record("ACCESS_DENIED", null, request.getMethod() + " " + request.getRequestURI(), null, null);
				forbidden.handle(request, response, denied);
			}))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
						"/public/**", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/admin/agencies/**").hasAuthority(AgencyAccess.INSTALLATION_ADMIN)
				.requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(failureHandler()).defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")))
			.build();
	}

	/**
	 * The login page's answer: "try again in N seconds" after too many failures, "deactivated" only to someone who
	 * typed the account's right password, otherwise the same "wrong user name or password" for every name, known or not.
	 */
	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			String reason = exception instanceof SignInThrottled throttled ? "wait=" + throttled.retryAfterSeconds()
					: exception instanceof DisabledException ? "disabled" : "error";
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}

	private static void unauthorized(HttpServletResponse response, AuthenticationException exception,
			MessageSource messages) throws IOException {
		if (exception instanceof SignInThrottled throttled) {
			response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
			json(response, 429, "too_many_attempts",
					say(messages, "security.api.tooManyAttempts", String.valueOf(throttled.retryAfterSeconds())));
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"MotCua\"");
		json(response, 401, "unauthorized", say(messages, "security.api.unauthorized"));
	}

	/** The API's answers are in Vietnamese, as its problem details are, whatever the client's language. */
	private static String say(MessageSource messages, String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

	private static void json(HttpServletResponse response, int status, String error, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
	}
}
