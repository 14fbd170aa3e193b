"""The words of soldiers, police and checkpoints arm69 looked for in the gold sentences."""
import re
RE = re.compile(r"نقط[ةه] تفتيش|نقاط تفتيش|جنود|جندي|الشرط[ةه]|شرطي|رجال الأمن|حاجز|دورية|"
                r"دوريات|كمين|مركز حدودي|قوات الأمن")
