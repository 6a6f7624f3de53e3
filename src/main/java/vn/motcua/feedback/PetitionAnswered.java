package vn.motcua.feedback;

import java.time.OffsetDateTime;

/**
 * A petition was answered (again after a reopening, each answer its own event by its instant); published in the
 * desk's transaction. {@code contact} is the phone number or e-mail address the petitioner gave (null: none).
 */
public record PetitionAnswered(String code, String agencyCode, String contact, OffsetDateTime at) {
}
