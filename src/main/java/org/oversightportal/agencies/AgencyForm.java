package org.oversightportal.agencies;

/** The admin's agency form, as typed. */
public class AgencyForm {
    public String name;
    public String slug;
    public String kind;
    public String jurisdiction;
    public String website;
    public String contactName;
    public String contactEmail;
    public String contactPhone;

    static AgencyForm of(Agency a) {
        AgencyForm f = new AgencyForm();
        f.name = a.name;
        f.slug = a.slug;
        f.kind = a.kind.code();
        f.jurisdiction = a.jurisdiction;
        f.website = a.website;
        f.contactName = a.contactName;
        f.contactEmail = a.contactEmail;
        f.contactPhone = a.contactPhone;
        return f;
    }
}
