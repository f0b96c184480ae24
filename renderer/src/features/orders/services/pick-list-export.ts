import type {
  DeliveryBuilding,
  NeighbourBag,
  ProductPick,
} from '../../../../../app/domain/orders/pick-lists';
import type { TFunction } from 'i18next';

export interface PickListSheets {
  byProduct: ProductPick[];
  byNeighbour: NeighbourBag[];
  delivery: DeliveryBuilding[];
}

const lineText = (lines: { name: string; qty: number; unit: string }[]) =>
  lines.map((l) => `${l.name}×${l.qty}${l.unit}`).join('、');

/** The three sheets of a campaign's pick list as workbook sheets, headers in the owner's language. */
export function pickListWorkbook(t: TFunction, lists: PickListSheets) {
  return [
    {
      name: t('orders.picklists.byProduct'),
      columns: [
        { header: t('orders.lines'), width: 28 },
        { header: t('orders.picklists.qty') },
        { header: 'unit' },
        { header: t('orders.picklists.orders') },
      ],
      rows: lists.byProduct.map((row) => [row.name, row.qty, row.unit, row.orders]),
    },
    {
      name: t('orders.picklists.byNeighbour'),
      columns: [
        { header: t('orders.detail.shelf') },
        { header: t('orders.member'), width: 16 },
        { header: t('orders.no'), width: 24 },
        { header: t('orders.lines'), width: 48 },
      ],
      rows: lists.byNeighbour.map((bag) => [
        bag.shelfSlot,
        bag.memberName,
        bag.orderNos.join(' '),
        lineText(bag.lines),
      ]),
    },
    {
      name: t('orders.picklists.delivery'),
      columns: [
        { header: t('orders.picklists.building') },
        { header: t('orders.member'), width: 16 },
        { header: 'unit' },
        { header: 'room' },
        { header: 'phone' },
        { header: t('orders.lines'), width: 48 },
      ],
      rows: lists.delivery.flatMap((building) =>
        building.stops.map((stop) => [
          building.building,
          stop.memberName,
          stop.unit,
          stop.room,
          stop.phoneTail,
          lineText(stop.lines),
        ]),
      ),
    },
  ];
}

/** Hands bytes to the browser as a download (Chromium and Electron both save it where the owner chooses). */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([Uint8Array.from(bytes)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
