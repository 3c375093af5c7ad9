package org.opendsr.core.store;

/** The indexed store contract, in memory. */
class InMemoryIndexedRegisterStoreTest extends IndexedRegisterStoreContract {

  @Override
  protected IndexedRegisterStore newStore() {
    return new InMemoryRegisterStore();
  }
}
