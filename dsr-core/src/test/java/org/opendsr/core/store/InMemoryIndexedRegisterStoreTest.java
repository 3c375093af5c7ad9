package org.opendsr.core.store;

/** The indexed and paging store contract, in memory. */
class InMemoryIndexedRegisterStoreTest extends PagedWorklistStoreContract {

  @Override
  protected PagedWorklistStore newStore() {
    return new InMemoryRegisterStore();
  }
}
