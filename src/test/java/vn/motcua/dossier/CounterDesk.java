package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Officers of Xã Thiên Phủ (14908) for MockMvc, and the counter's intake form as a browser would post it. */
final class CounterDesk {

	static final String AGENCY = "14908";

	private CounterDesk() {
	}

	static RequestPostProcessor officer(String username, String agency, String... roles) {
		return request -> {
			SimpleGrantedAuthority[] authorities = new SimpleGrantedAuthority[roles.length * 2];
			for (int i = 0; i < roles.length; i++) {
				authorities[2 * i] = new SimpleGrantedAuthority("ROLE_" + roles[i]);
				authorities[2 * i + 1] = new SimpleGrantedAuthority("AGENCY_" + agency + "_" + roles[i]);
			}
			return user(username).authorities(authorities).postProcessRequest(request);
		};
	}

	static RequestPostProcessor counter() {
		return officer("tiepnhan.web", AGENCY, "RECEIVING_OFFICER");
	}

	static RequestPostProcessor leader() {
		return officer("lanhdao.web", AGENCY, "LEADER");
	}

	/** The intake form filled in for {@code version}: every document ticked, each with a scan unless {@code scans} is false. */
	static MockMultipartHttpServletRequestBuilder intake(ProcedureVersion version, String token, String name,
			String idNumber, boolean scans, String action) {
		return intake(version, token, name, idNumber, scans, action, -1);
	}

	/** The same, with the document at index {@code unticked} left out (not handed in). */
	static MockMultipartHttpServletRequestBuilder intake(ProcedureVersion version, String token, String name,
			String idNumber, boolean scans, String action, int unticked) {
		MockMultipartHttpServletRequestBuilder post = multipart("/counter/intake");
		List<RequiredDocument> documents = version.requiredDocuments();
		for (int i = 0; i < documents.size(); i++) {
			post.param("documents[" + i + "].position", String.valueOf(documents.get(i).position()));
			if (i != unticked) {
				post.param("documents[" + i + "].handed", "true");
			}
			post.param("documents[" + i + "].copies", "1");
			if (scans) {
				post.file(new MockMultipartFile("documents[" + i + "].scan", "scan-" + i + ".pdf", "application/pdf",
						("%PDF-1.4 scan " + i + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)));
			}
		}
		return (MockMultipartHttpServletRequestBuilder) post.param("token", token)
			.param("agencyCode", AGENCY)
			.param("procedureCode", version.code())
			.param("applicantName", name)
			.param("idNumber", idNumber)
			.param("phone", "0912345678")
			.param("address", "Thôn 2, xã Thiên Phủ")
			.param("channel", "DIRECT")
			.param("action", action)
			.with(counter())
			.with(csrf());
	}

	static LocalDate today() {
		return vn.motcua.TestClock.today();
	}
}
