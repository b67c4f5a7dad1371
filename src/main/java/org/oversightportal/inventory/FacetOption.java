package org.oversightportal.inventory;

/** One agency or vendor of the inventory's filter lists: its identifier and name, read as such (not as an entity). */
public record FacetOption(String slug, String name) {
}
