import * as migration_20261123_184829_initial from './20261123_184829_initial';

export const migrations = [
  {
    up: migration_20261123_184829_initial.up,
    down: migration_20261123_184829_initial.down,
    name: '20261123_184829_initial'
  },
];
