package vn.motcua.intake;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import vn.motcua.TestClock;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierActions;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Issue 14 item 5: two officers accept the same online submission at once; the one whose save loses the race reads the
 * dossier page's usual "changed meanwhile, reload" message, not a server error.
 */
class CounterAcceptConcurrencyTests {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Test
	void aConcurrentChangeWhileAcceptingIsTheStaleVersionMessage() {
		DossierActions actions = mock(DossierActions.class);
		Dossier dossier = mock(Dossier.class);
		when(dossier.version()).thenReturn(3);
		when(actions.visible(eq("14908-261124-0001"), any())).thenReturn(dossier);
		when(actions.allowed(eq(dossier), any())).thenReturn(Set.of(DossierAction.ACCEPT));
		when(actions.perform(eq("14908-261124-0001"), anyInt(), any(), any()))
			.thenThrow(new OptimisticLockingFailureException("version 3 is no longer current"));
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/dossier");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		CounterController counter = new CounterController(null, null, actions, null, null, messages,
				Clock.fixed(TestClock.START.toInstant(), VietnamTime.ZONE));
		var officer = UsernamePasswordAuthenticationToken.authenticated("tiepnhan", null,
				Set.of(new SimpleGrantedAuthority(AgencyAccess.authority("14908", OfficerRole.RECEIVING_OFFICER))));
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

		LocaleContextHolder.setLocale(VIETNAMESE);
		String view;
		try {
			view = counter.acceptSubmitted("14908-261124-0001", officer, redirect);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}

		assertThat(view).isEqualTo("redirect:/dossiers/14908-261124-0001");
		assertThat(redirect.getFlashAttributes().get("refusal"))
			.isEqualTo(messages.getMessage("dossier.page.concurrent", null, VIETNAMESE));
		assertThat(redirect.getFlashAttributes()).doesNotContainKey("done");
	}
}
