package org.oversightportal.vendors;

/** The admin's vendor form, as typed. */
public class VendorForm {
    public String name;
    public String slug;
    public String website;
    public String parent;

    static VendorForm of(Vendor v) {
        VendorForm f = new VendorForm();
        f.name = v.name;
        f.slug = v.slug;
        f.website = v.website;
        f.parent = v.parent == null ? null : v.parent.slug;
        return f;
    }
}
