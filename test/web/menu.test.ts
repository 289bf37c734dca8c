import { describe, expect, it } from 'vitest';
import type { SignedInUser } from '../../web/src/api/types.ts';
import { currentItem, menuFor } from '../../web/src/session/menu.ts';
import { yourPlaces } from '../../web/src/session/your-places.ts';

const user = (role: SignedInUser['role'], scope: string[]): SignedInUser => ({ email: `${role}@example.org`, role, roleLabel: role, scope });
const texts = (u: SignedInUser | null) => menuFor(u).map((item) => `${item.text} ${item.href}`);
const PUBLIC = ['Areas /', 'Schools /schools', 'Map /map', 'Index /index', 'Research Schools /hubs', 'Toolkit /toolkit', 'Funding /funding'];

describe('the service navigation reaches every capability the role has', () => {
  it('shows a visitor the public pages only', () => {
    expect(texts(null)).toEqual(PUBLIC);
  });

  it('gives the national team the national delivery plans, what worked, the audit log and users', () => {
    expect(texts(user('admin', []))).toEqual([...PUBLIC, 'Delivery plans /plans', 'What worked /what-worked', 'Audit log /audit', 'Users /users']);
    expect(texts(user('analyst', []))).toEqual([...PUBLIC, 'Delivery plans /plans', 'What worked /what-worked']);
  });

  it('takes an area’s people to their own area’s plan and careers', () => {
    const expected = [...PUBLIC, 'Delivery plan /areas/blackpool/plan', 'What worked /what-worked', 'Careers /careers/areas/blackpool'];
    expect(texts(user('area_lead', ['area:blackpool']))).toEqual(expected);
    expect(texts(user('board_viewer', ['area:blackpool']))).toEqual(expected);
  });

  it('takes a school to its own careers page, and a hub lead to what worked', () => {
    expect(texts(user('school', ['school:141257']))).toEqual([...PUBLIC, 'What worked /what-worked', 'Careers /careers/schools/141257']);
    expect(texts(user('hub_lead', ['hub:blackpool-research-school']))).toEqual([...PUBLIC, 'What worked /what-worked']);
  });

  it('marks the item a page belongs to, the most particular first', () => {
    const items = menuFor(user('area_lead', ['area:blackpool']));
    expect(currentItem(items, '/areas/blackpool')?.text).toBe('Areas');
    expect(currentItem(items, '/areas/blackpool/plan')?.text).toBe('Delivery plan');
    expect(currentItem(items, '/areas/blackpool/plan/measures/ks2/actual')?.text).toBe('Delivery plan');
    expect(currentItem(items, '/careers/areas/blackpool/advisers')?.text).toBe('Careers');
    expect(currentItem(items, '/intermediaries/trust/TR00001')?.text).toBe('Research Schools');
    expect(currentItem(items, '/hubs/')?.text).toBe('Research Schools');
    expect(currentItem(items, '/sign-in')).toBeUndefined();
  });
});

describe('a user’s own places', () => {
  it('links each area, hub and school in the scope to its page, ignoring anything else', () => {
    expect(yourPlaces(user('area_lead', ['area:blackpool', 'hub:blackpool-research-school', 'school:141257', 'region:x']))).toEqual([
      { kind: 'area', id: 'blackpool', href: '/areas/blackpool' },
      { kind: 'hub', id: 'blackpool-research-school', href: '/hubs/blackpool-research-school' },
      { kind: 'school', id: '141257', href: '/schools/141257' },
    ]);
    expect(yourPlaces(null)).toEqual([]);
  });
});
