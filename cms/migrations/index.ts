import * as migration_20261123_184411_initial from './20261123_184411_initial';

export const migrations = [
  {
    up: migration_20261123_184411_initial.up,
    down: migration_20261123_184411_initial.down,
    name: '20261123_184411_initial'
  },
];
