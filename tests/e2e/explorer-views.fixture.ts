/**
 * Six short speeches in the UNGDC shape (`country`, `session`, `year` in `meta`), two decades apart, for the browser
 * tests of document filters and shared views: Lavrov and the NPT in the 1980s speeches only; Canada in the 2000s only.
 */
import type { Document } from '../../packages/core/src/index.js';

const speech = (id: string, country: string, year: number, text: string): Document => ({ id, text, meta: { country, session: year - 1945, year } });

export const SPEECHES: Document[] = [
  speech('RUS_40_1985', 'RUS', 1985, 'Foreign Minister Sergey Lavrov said Russia and the United States must honour the Treaty on the Non-Proliferation of Nuclear Weapons. Russia and the United States agreed. Sergey Lavrov met the United States delegation.'),
  speech('USA_40_1985', 'USA', 1985, 'The United States and Russia discussed the Treaty on the Non-Proliferation of Nuclear Weapons. France supported the Treaty on the Non-Proliferation of Nuclear Weapons.'),
  speech('FRA_42_1987', 'FRA', 1987, 'France and Russia spoke of NATO. France and the United States spoke of NATO.'),
  speech('USA_60_2005', 'USA', 2005, 'The United States and Canada welcomed NATO. Canada and France spoke of the United Nations.'),
  speech('CAN_60_2005', 'CAN', 2005, 'Canada and the United States support NATO. Canada and the United States support the United Nations.'),
  speech('CAN_62_2007', 'CAN', 2007, 'Canada thanked France. Canada and France spoke of the United Nations.'),
];
