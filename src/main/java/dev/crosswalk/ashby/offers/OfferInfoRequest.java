package dev.crosswalk.ashby.offers;

/** {@code offer.info}. */
record OfferInfoRequest(String offerId) {}
