package vn.motcua.identity;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.motcua.shared.OfficerRole;

/** What an administrator types to create or edit an officer (the password only on creation). */
class OfficerFormData {

	@NotBlank(message = "{officer.username.required}")
	@Pattern(regexp = "^$|^[a-z0-9._-]{3,40}$", message = "{officer.username.invalid}")
	private String username;

	@NotBlank(message = "{officer.fullName.required}")
	@Size(max = 120, message = "{officer.fullName.tooLong}")
	private String fullName;

	private String password;

	@Size(max = 80, message = "{officer.position.tooLong}")
	private String position;

	@Size(max = 120, message = "{officer.email.tooLong}")
	@Pattern(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{officer.email.invalid}")
	private String email;

	@NotEmpty(message = "{officer.agencies.required}")
	private List<String> agencies = new ArrayList<>();

	@NotEmpty(message = "{officer.roles.required}")
	private List<OfficerRole> roles = new ArrayList<>();

	static OfficerFormData of(Officer officer, String position, String email) {
		OfficerFormData form = new OfficerFormData();
		form.position = position;
		form.email = email;
		form.username = officer.username();
		form.fullName = officer.fullName();
		form.agencies = new ArrayList<>(officer.agencies());
		form.roles = new ArrayList<>(officer.roles());
		return form;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.trim().toLowerCase();
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName == null ? null : java.text.Normalizer.normalize(fullName.trim(), java.text.Normalizer.Form.NFC);
	}

	/** Chức vụ, e.g. “Phó Chủ tịch” (optional). */
	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position == null || position.isBlank() ? null : position.strip();
	}

	/** The address of the daily digest and of the notices meant for the officer (optional). */
	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null || email.isBlank() ? null : email.strip();
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public List<String> getAgencies() {
		return agencies;
	}

	public void setAgencies(List<String> agencies) {
		this.agencies = agencies == null ? new ArrayList<>() : agencies;
	}

	public List<OfficerRole> getRoles() {
		return roles;
	}

	public void setRoles(List<OfficerRole> roles) {
		this.roles = roles == null ? new ArrayList<>() : roles;
	}
}
