package org.opendsr.core.store;

/** The store contract, in memory. */
class InMemoryRegisterStoreTest extends RegisterStoreContract {

  @Override
  protected RegisterStore newStore() {
    return new InMemoryRegisterStore();
  }
}
